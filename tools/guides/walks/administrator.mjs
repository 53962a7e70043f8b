// The administrator's walk-through: Cockpit (instances, incidents), Admin (users, groups, the
// lycée groups), the setup page that never creates an administrator, and a planner refused in Cockpit.
import { closeSession, goto, login, openSession, screenshot, settle } from '../lib/browser.mjs';

export async function walkAdministrator({ browser, baseUrl, imagesDir, api }) {
  const session = await openSession(browser, baseUrl, 'fr', 'admin');
  const { page } = session;
  await login(session, 'cockpit');
  await settle(page, 2000);
  await screenshot(session, imagesDir, 'administrateur-01-cockpit');

  await goto(session, '/camunda/app/cockpit/default/#/processes');
  await settle(page, 1500);
  await screenshot(session, imagesDir, 'administrateur-02-processus');

  // Cockpit opens a process definition by its id, which each deployment changes.
  const visitDefinition = await api('admin', 'GET', '/engine-rest/process-definition/key/visit');
  const ticketDefinition = await api('admin', 'GET', '/engine-rest/process-definition/key/ticket');
  await goto(session, `/camunda/app/cockpit/default/#/process-definition/${visitDefinition.id}/runtime`);
  await settle(page, 2500);
  await screenshot(session, imagesDir, 'administrateur-03-passage-instances');

  await goto(session, `/camunda/app/cockpit/default/#/process-definition/${ticketDefinition.id}/runtime`);
  await settle(page, 2500);
  await screenshot(session, imagesDir, 'administrateur-04-ticket-instances');

  await goto(session, '/camunda/app/admin/default/#/users');
  await settle(page, 1500);
  await screenshot(session, imagesDir, 'administrateur-05-utilisateurs');

  await goto(session, '/camunda/app/admin/default/#/users/correspondant?tab=groups');
  await settle(page, 1500);
  await screenshot(session, imagesDir, 'administrateur-06-groupes-utilisateur');

  await goto(session, '/camunda/app/admin/default/#/groups');
  await settle(page, 1500);
  await screenshot(session, imagesDir, 'administrateur-07-groupes');

  await goto(session, '/camunda/app/admin/default/#/groups/correspondants-0750654D?tab=users');
  await settle(page, 1500);
  await screenshot(session, imagesDir, 'administrateur-08-groupe-lycee');

  await goto(session, '/camunda/app/admin/default/#/authorization?resource=0');
  await settle(page, 1500);
  await screenshot(session, imagesDir, 'administrateur-09-autorisations');
  await closeSession(session);

  const anonymous = await openSession(browser, baseUrl, 'fr', 'personne');
  await goto(anonymous, '/camunda/app/admin/default/setup/#/setup');
  await settle(anonymous.page, 1500);
  await screenshot(anonymous, imagesDir, 'administrateur-10-installation');
  await closeSession(anonymous);

  const planner = await openSession(browser, baseUrl, 'fr', 'planificateur');
  await login(planner);
  await goto(planner, '/camunda/app/cockpit/default/');
  await settle(planner.page, 1500);
  await screenshot(planner, imagesDir, 'administrateur-11-cockpit-refuse');
  await closeSession(planner);
}
