#include "probes/keytabcheck.h"

#include "profiles/connectionprofile.h"

#include <QProcess>

namespace Qafka {

KafkaError KeytabCheck::check(const KerberosSettings &kerberos, int timeoutMs)
{
    QProcess kinit;
    // MEMORY: the ticket, if any, dies with the process; the user's own cache is not touched.
    kinit.start(QStringLiteral("kinit"),
                {QStringLiteral("-c"), QStringLiteral("MEMORY:qafka-keytab-check"),
                 QStringLiteral("-k"), QStringLiteral("-t"), kerberos.keytab, kerberos.principal});
    if (!kinit.waitForStarted(timeoutMs))
        return {tr("kinit could not be run (%1): librdkafka runs it to log in with a keytab.")
                    .arg(kinit.errorString()),
                QStringLiteral("_AUTHENTICATION"),
                tr("Install the Kerberos tools: krb5-user on Debian and Ubuntu, "
                   "krb5-workstation on Fedora.")};
    if (!kinit.waitForFinished(timeoutMs)) {
        kinit.kill();
        kinit.waitForFinished(1000);
        return {};
    }
    if (kinit.exitStatus() == QProcess::NormalExit && kinit.exitCode() == 0)
        return {};
    const QString said = QString::fromLocal8Bit(kinit.readAllStandardError()).trimmed();
    return {tr("kinit could not log in as %2 with the keytab %1: %3")
                .arg(kerberos.keytab, kerberos.principal, said),
            QStringLiteral("_AUTHENTICATION"),
            tr("Check that the keytab holds a current key of that principal (klist -k -t KEYTAB "
               "lists its entries); a keytab exported before the principal's key changed no "
               "longer works.")};
}

} // namespace Qafka
