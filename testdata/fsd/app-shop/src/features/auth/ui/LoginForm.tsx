import { useState } from 'react'
import { Button } from '@/shared/ui/button'
import { login } from '../model/session'
import { isEmail } from '../helpers/validate'

export function LoginForm() {
  const [email, setEmail] = useState('')
  return (
    <form onSubmit={() => isEmail(email) && login(email)}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <Button>Log in</Button>
    </form>
  )
}
