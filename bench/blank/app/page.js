export default function Page() {
  return (
    <main>
      <h1>Blank</h1>
    </main>
  );
}
