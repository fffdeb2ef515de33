/**
 * The one user of a local Content Lake: an administrator, so the Studio
 * enables every action. The Studio's auth store hands this user over directly;
 * `/users/me` returns it for clients that ask.
 */

export const LOCAL_USER = {
  id: 'local-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'local',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator', description: 'Read and write access to all datasets' }],
}

export const LOCAL_IDENTITY = LOCAL_USER.id
