// The floor every benchmark is measured against: a blank Next.js App Router
// page, built with this project's own next and react.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
