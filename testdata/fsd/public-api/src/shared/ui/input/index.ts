export { v_Input } from './Input'
