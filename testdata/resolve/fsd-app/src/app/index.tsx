import { HomePage } from "@/pages/home";
import { ProfilePage } from "@/pages/profile";
import { Button } from "@/shared/ui";
import "./styles.css";
export const App = () => [HomePage, ProfilePage, Button];
