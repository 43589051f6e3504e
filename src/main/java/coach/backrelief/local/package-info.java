/** Running the skill without AWS: the command line modes (invoke, console, serve). */
package coach.backrelief.local;
