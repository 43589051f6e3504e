package coach.backrelief.local;

import coach.backrelief.local.FakeDevice.Session;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coach.backrelief.lambda.BackReliefStreamHandler;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A text conversation with the skill, as on an Echo: typed lines become requests through the same
 * stream handler Lambda calls; responses are printed as Alexa would say them. Without an open
 * session only an invocation ("open …") or a one-shot ("ask … to …") reaches the skill. An empty
 * line is silence: the first plays the reprompt, the second ends the session (EXCEEDED_MAX_REPROMPTS).
 */
final class Console {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final InteractionModel model;
    private final UtteranceMatcher matcher;
    private final BackReliefStreamHandler handler;
    private final FakeDevice device;
    private final ConsoleOptions options;
    private final Voice voice;
    private final PrintStream out;

    private Session session;
    private ResponseView last;
    private boolean reprompted;

    Console(InteractionModel model, BackReliefStreamHandler handler, FakeDevice device, ConsoleOptions options,
            Voice voice, PrintStream out) {
        this.model = model;
        this.matcher = new UtteranceMatcher(model);
        this.handler = handler;
        this.device = device;
        this.options = options;
        this.voice = voice;
        this.out = out;
    }

    /** Reads lines until the end of input. A script's lines are echoed as "> line"; {@code #} starts a comment. */
    void run(BufferedReader in, boolean interactive) throws IOException {
        if (!model.locale().equals(options.locale())) {
            out.println("(No interaction model for " + options.locale() + ": understanding with the " + model.locale()
                    + " model; requests say " + options.locale() + ".)");
        }
        if (interactive) {
            out.println("Back Relief Coach console (" + model.locale() + (options.screen() ? ", screen" : ", voice only")
                    + "). Say \"open " + model.invocationName() + "\" to start; an empty line is silence; Ctrl-D quits.");
        }
        while (true) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return;
            }
            if (line.strip().startsWith("#")) {
                continue;
            }
            if (!interactive) {
                out.println("> " + (line.isBlank() ? "(silence)" : line.strip()));
            }
            hear(line);
        }
    }

    void hear(String line) {
        if (line.isBlank()) {
            silence();
            return;
        }
        String said = Utterances.normalise(line);
        Invocation invocation = Invocation.parse(said, model.invocationName(), model.locale());
        if (invocation != null) {
            session = Session.start();
            send(invocation.isLaunch() ? device.launch(session)
                    : device.intent(session, matcher.understand(invocation.utterance()), model));
        } else if (session == null) {
            out.println("  (The skill isn't listening. Say \"open " + model.invocationName() + "\", or \"ask "
                    + model.invocationName() + " <your question>\".)");
        } else {
            send(device.intent(session, matcher.understand(line), model));
        }
    }

    private void silence() {
        if (session == null) {
            return;
        }
        if (!reprompted && last != null && last.hasReprompt()) {
            reprompted = true;
            voice.play("Alexa: ", last.reprompt());
            return;
        }
        send(device.sessionEnded(session, "EXCEEDED_MAX_REPROMPTS"));
        out.println("  (no answer: the session ended)");
        session = null;
    }

    private void send(ObjectNode request) {
        boolean sessionEnded = request.path("request").path("type").asText().equals("SessionEndedRequest");
        if (options.json()) {
            out.println("request: " + request.toPrettyString());
        }
        JsonNode response;
        try {
            response = invoke(request);
        } catch (IOException | RuntimeException e) {
            out.println("  (the skill failed: " + e.getMessage() + ")");
            out.println("Alexa: There was a problem with the requested skill's response.");
            session = null;
            return;
        }
        if (options.json()) {
            out.println("response: " + response.toPrettyString());
        }
        if (sessionEnded) {
            return;
        }
        show(ResponseView.of(response));
    }

    private void show(ResponseView view) {
        if (!view.speech().isEmpty()) {
            voice.play("Alexa: ", view.speech());
        }
        if (view.card() != null) {
            out.println("  [card] " + view.card());
        }
        if (view.screen() != null && options.screen()) {
            out.println("  [screen] " + view.screen());
        }
        if (view.ended()) {
            out.println("  (session ended)");
            session = null;
        } else {
            session = new Session(session.id(), false, view.sessionAttributes());
            last = view;
            reprompted = false;
        }
    }

    private JsonNode invoke(ObjectNode request) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(request)), response, null);
        return MAPPER.readTree(response.toString(StandardCharsets.UTF_8));
    }
}
