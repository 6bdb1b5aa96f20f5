export { v_format } from './dates/format'
