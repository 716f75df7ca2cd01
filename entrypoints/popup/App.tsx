/** FOUNDATION VERSION: the tracker issue fills this with the bounced-recipient list. */
export function App() {
  return (
    <main className="popup" data-testid="bn-popup">
      <h1>不達ナビ</h1>
      <p>Gmail か Outlook でエラーメールを開くと、原因と対処法をここに記録します。</p>
    </main>
  );
}
