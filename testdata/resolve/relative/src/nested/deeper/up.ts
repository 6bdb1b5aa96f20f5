export { twice } from "../../a";
