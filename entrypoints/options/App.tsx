import { useSettings, useTrackedRecipients, useUiLang } from '@/components/use-tracked-recipients';
import { DataSection } from './DataSection';
import { ManualCheck } from './ManualCheck';
import { OwnAddresses } from './OwnAddresses';
import { SettingsSection } from './SettingsSection';
import { optionsStrings } from './strings';

export function App() {
  const settings = useSettings();
  const list = useTrackedRecipients();
  const lang = useUiLang(settings);
  const t = optionsStrings[lang];

  return (
    <main className="options" data-testid="bn-options" lang={lang}>
      <h1>{t.title}</h1>
      {!settings || !list ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <SettingsSection settings={settings} t={t} />
          <OwnAddresses settings={settings} t={t} />
          <ManualCheck t={t} lang={lang} softToHardThreshold={settings.softToHardThreshold} />
          <DataSection list={list} lang={lang} t={t} />
        </>
      )}
      <section className="bn-card" aria-labelledby="bn-privacy-title" data-testid="bn-privacy">
        <h2 id="bn-privacy-title">{t.privacyTitle}</h2>
        {t.privacy.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </main>
  );
}
