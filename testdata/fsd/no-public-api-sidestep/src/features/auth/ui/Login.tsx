import { UserCard } from '@/entities/user/ui/UserCard' // want "fsd/no-public-api-sidestep"
import type { User } from '@/entities/user/model/types' // want "fsd/no-public-api-sidestep"
import { Button } from '@/shared/ui/Button'
import { ServerButton } from '@/shared/ui/index.server'
import { Card } from '@/shared/ui/card'
import { Card as C2 } from '@/shared/ui/card/Card' // want "fsd/no-public-api-sidestep"
import { dates } from '@/shared/lib/dates'
import { translate } from '@/shared/lib/i18n'
import { Modal } from '@/shared/ui/modal/Modal' // want "fsd/no-public-api-sidestep"
import { submit } from '../model/submit'
export const Login = (u?: User) => [UserCard, Button, ServerButton, Card, C2, dates, translate, Modal, submit]
