import { Button } from "shared/ui";
import { format } from "shared/lib/format";
import { useUser } from "entities/user";
import lodash from "lodash";
import { nope } from "shared/nope";
export const Home = [Button, format, useUser, lodash, nope];
