import { LOCAL_USER } from '../local-user.ts'
import type { Handler } from './context.ts'
import { sendJson } from './respond.ts'

/**
 * The project-level answers the Studio asks for at start-up. The dataset ACL
 * matters most: without it the Studio cannot tell what the user may do and
 * fails. Everything is granted, for the single local user.
 */

export const handleCurrentUser: Handler = ({ res }) => sendJson(res, 200, LOCAL_USER)

/** `/users/<id,id>`: the local user for its id, null for any other. */
export const handleUsers: Handler = ({ res, params }) => {
  const ids = decodeURIComponent(params.ids ?? '').split(',')
  const users = ids.map((id) => (id === LOCAL_USER.id ? LOCAL_USER : null))
  sendJson(res, 200, ids.length === 1 ? users[0] : users)
}

export const handleAcl: Handler = ({ res }) =>
  sendJson(res, 200, [{ filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create', 'manage'] }])

export const handleProject: Handler = ({ res, lake }) =>
  sendJson(res, 200, {
    id: lake.projectId,
    displayName: 'Local Content Lake',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    members: [{ id: LOCAL_USER.id, role: 'administrator', roles: LOCAL_USER.roles, isCurrentUser: true, isRobot: false }],
  })

export const handleDatasets: Handler = ({ res, lake }) => sendJson(res, 200, [{ name: lake.dataset, aclMode: 'private' }])

/** Plan features: none, so the Studio hides what needs a hosted plan (releases, comments, tasks...). */
export const handleFeatures: Handler = ({ res }) => sendJson(res, 200, [])
