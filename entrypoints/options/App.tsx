/** FOUNDATION VERSION: the tracker issue adds the settings, export and import. */
export function App() {
  return (
    <main className="options" data-testid="bn-options">
      <h1>不達ナビ 設定</h1>
      <p>メールの内容・アドレス・統計は、このブラウザの外には一切送信しません。</p>
    </main>
  );
}
