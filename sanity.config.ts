import { cliProject } from './sanity/cli-project'
import { createStudioConfig } from './sanity/studio-config'

// The standalone Studio (`npm run studio:build`); the site's /studio builds its own from the same function.
export default createStudioConfig(cliProject)
