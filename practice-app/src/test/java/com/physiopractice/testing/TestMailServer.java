package com.physiopractice.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One GreenMail SMTP server for the test JVM, on a free port that every application context in
 * the JVM is pointed at. Tests may stop it (the mail server is down) and start it again on the same
 * port; messages received before a restart are forgotten.
 */
public final class TestMailServer {

    private static int port;
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized int port() {
        if (port == 0) {
            port = freePort();
            start();
        }
        return port;
    }

    public static synchronized void start() {
        if (server == null) {
            // Not port(): on a first call that starts the server itself, and this one would bind it twice.
            if (port == 0) {
                port = freePort();
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Messages received (since the last start) for this address. */
    public static synchronized List<MimeMessage> to(String address) {
        List<MimeMessage> found = new ArrayList<>();
        if (server == null) {
            return found;
        }
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().equalsIgnoreCase(address)) {
                        found.add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /**
     * Messages for this address other than the ones that made its account: the link that verified a
     * patient's address, or the invitation a member of staff enrolled by.
     */
    public static synchronized List<MimeMessage> besidesAccountSetUp(String address) {
        return to(address).stream()
                .filter(subjectContaining("Confirm your email").or(subjectContaining("invited to join")).negate())
                .toList();
    }

    /** Waits until the address has received at least {@code count} messages matching, and returns those. */
    public static List<MimeMessage> await(String address, Predicate<MimeMessage> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found;
        do {
            found = to(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + count + " matching message(s) for " + address + " within " + timeout
                + ", got " + found.size());
    }

    public static Predicate<MimeMessage> subjectContaining(String text) {
        return message -> {
            try {
                return message.getSubject() != null && message.getSubject().contains(text);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
