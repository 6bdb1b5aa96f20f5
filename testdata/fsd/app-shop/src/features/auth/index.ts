export { LoginForm } from './ui/LoginForm'
export { LogoutButton } from './ui/LogoutButton'
