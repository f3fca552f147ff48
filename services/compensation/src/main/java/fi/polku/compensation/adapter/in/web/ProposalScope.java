package fi.polku.compensation.adapter.in.web;

import fi.polku.compensation.domain.payment.Payee;
import fi.polku.compensation.domain.payment.PayeeKind;
import fi.polku.kit.security.PolkuUser;
import fi.polku.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** A municipality officer sees their own municipality's payment proposal only; compensation officers see all. */
final class ProposalScope {

    private ProposalScope() {
    }

    static boolean visible(PolkuUser user, Payee payee) {
        if (!user.has(Role.MUNICIPALITY_OFFICER)) {
            return true;
        }
        return payee.kind() == PayeeKind.MUNICIPALITY && user.municipality().map(payee.id()::equals).orElse(false);
    }

    static void require(PolkuUser user, Payee payee) {
        if (!visible(user, payee)) {
            throw new AccessDeniedException("Not your municipality's proposal");
        }
    }
}
