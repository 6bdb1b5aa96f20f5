import { Header } from "@/widgets/header";
import { UserCard } from "@/entities/user";
// Violation: reaches into the user slice instead of its public API (index.ts).
import type { User } from "@/entities/user/model/types";

const demoUser: User = { id: "u-1", name: "Ada", email: "ada@example.com" };

export function ProfilePage() {
  return (
    <main>
      <Header />
      <UserCard user={demoUser} />
    </main>
  );
}
