import { Page } from "@/pages/main";
import { Button } from "@ui/button";
import { shared } from "../../ui/src/shared";
export { Page, Button, shared };
