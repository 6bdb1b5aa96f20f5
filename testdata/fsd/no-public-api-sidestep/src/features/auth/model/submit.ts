import { translate } from '@/shared/lib/i18n/translator' // want "fsd/no-public-api-sidestep"
import { t2 } from '@/shared/i18n/translator' // want "fsd/no-public-api-sidestep"
export const submit = [translate, t2]
