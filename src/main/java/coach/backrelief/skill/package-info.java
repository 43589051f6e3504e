/** The ASK SDK wiring: skill factory, interceptors, one handler per intent family, error handlers. */
package coach.backrelief.skill;
