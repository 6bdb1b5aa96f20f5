import { createRoot } from "react-dom/client";
import { HomePage } from "@/pages/home";
import { ProfilePage } from "@/pages/profile";
import { Providers } from "./entrypoint";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <Providers>
      {window.location.pathname === "/profile" ? <ProfilePage /> : <HomePage />}
    </Providers>,
  );
}
