package fr.proxima.school;

/**
 * Published inside the import's transaction when a lycée file created or updated lycées, so that
 * the lycées' groups exist as soon as the import commits.
 *
 * @param created number of lycées the file added
 * @param updated number of lycées whose data changed
 */
public record SchoolsImported(int created, int updated) {
}
