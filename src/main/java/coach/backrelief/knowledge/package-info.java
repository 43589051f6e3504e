/** What the skill knows about back spasms: topics, follow-up offers and red-flag tiers (pure Java). */
package coach.backrelief.knowledge;
