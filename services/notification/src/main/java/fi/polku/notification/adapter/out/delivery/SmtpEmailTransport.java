package fi.polku.notification.adapter.out.delivery;

import fi.polku.notification.application.EmailTransport;
import fi.polku.notification.domain.AttemptResult;
import fi.polku.notification.domain.Notification;
import fi.polku.notification.domain.RenderedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Sends a notification as one plain-text e-mail to all the recipient's addresses over SMTP. The {@code Message-ID}
 * is derived from the notification id, so a re-sent e-mail is recognisably the same message. Errors are reported
 * without addresses: they are stored and shown to operators.
 */
public class SmtpEmailTransport implements EmailTransport {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmailTransport.class);

    private final JavaMailSenderImpl mail;
    private final String from;

    public SmtpEmailTransport(JavaMailSenderImpl mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public AttemptResult send(Notification notification, List<String> addresses) {
        try {
            mail.send(message(notification, addresses));
            return AttemptResult.delivered(250);
        } catch (MailAuthenticationException e) {
            return AttemptResult.retryable(null, "SMTP authentication failed");
        } catch (MailSendException e) {
            return sendFailure(notification, e);
        } catch (MailException | MessagingException e) {
            return AttemptResult.retryable(null, "SMTP error " + e.getClass().getSimpleName());
        }
    }

    private MimeMessage message(Notification notification, List<String> addresses) throws MessagingException {
        MimeMessage message = new IdentifiedMessage(mail.getSession(), "<" + notification.id() + "@polku.notification>");
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(addresses.toArray(String[]::new));
        helper.setSubject(notification.messages().stream().map(RenderedMessage::subject)
                .collect(Collectors.joining(" / ")));
        helper.setText(notification.messages().stream().map(RenderedMessage::body)
                .collect(Collectors.joining("\n\n----\n\n")), false);
        message.setHeader("Idempotency-Key", notification.id());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** Rejected addresses are permanent (unless some got it); anything else, such as no connection, is retried. */
    private static AttemptResult sendFailure(Notification notification, MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            if (failure instanceof SendFailedException rejected && rejected.getInvalidAddresses() != null
                    && rejected.getInvalidAddresses().length > 0) {
                if (rejected.getValidSentAddresses() != null && rejected.getValidSentAddresses().length > 0) {
                    log.warn("Notification {}: the mail server refused {} of its addresses", notification.id(),
                            rejected.getInvalidAddresses().length);
                    return AttemptResult.delivered(250);
                }
                return AttemptResult.permanent(null, "the mail server refused the addresses");
            }
        }
        return AttemptResult.retryable(null, "SMTP send failed: " + rootCause(e).getClass().getSimpleName());
    }

    private static Throwable rootCause(MailSendException e) {
        Throwable cause = e.getFailedMessages().values().stream().findFirst().<Throwable>map(x -> x).orElse(e);
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A message whose {@code Message-ID} is ours, not one JavaMail makes up on every save. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
