import { LoginForm } from "@/features/auth";
import { Button } from "@/shared/ui";
// Violation: a widget must not import from a higher layer (pages).
import { HomePage } from "@/pages/home";

export function Header() {
  return (
    <header>
      <Button onClick={() => console.info(HomePage.name)}>Home</Button>
      <LoginForm />
    </header>
  );
}
