/** What the skill remembers about each user (progress record) and where it keeps it (DynamoDB or local files). */
package coach.backrelief.progress;
