/** Connecting the app to a team database (docs/team.md). */
export const teamMessages = {
  open: 'Team database…',
  title: 'Connect to a team database',
  intro:
    'A consultancy can keep one workspace on a PostgreSQL server and work in it together. The app checks the connection, keeps it, and restarts on the team database.',
  connected: 'The app opens the team database {{url}}. Its password comes from ~/.pgpass or PGPASSWORD.',
  connectedSaved:
    'The app opens the team database {{url}}, with the password kept in this computer’s keychain.',
  useFile: 'Use the workspace file again',
  url: 'Database address',
  urlHelp:
    'postgres://role@host:port/database; add ?sslmode=verify-full for an encrypted, checked connection',
  password: 'Password',
  passwordHelp: 'Kept in this computer’s keychain, never in a plain file. Leave empty to use ~/.pgpass.',
  noKeychain: 'This computer has no keychain, so no password is kept: put it in ~/.pgpass instead.',
  connect: 'Check, connect and restart',
  restarting: 'Connected. ROPA restarts on the team database…',
  browserMode: 'In browser mode, the team database is chosen when ROPA starts:',
  browserPassword:
    'Give the password through PGPASSWORD or ~/.pgpass; ROPA never prints it. See docs/team.md for roles, TLS and backups.',
}
