package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.parser.auditd.internal.AuditdParserAccess;

import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * The auditd parser on the records of one real execve event (SYSCALL, EXECVE, CWD, PATH, PROCTITLE from OTRF),
 * a real enriched USER_LOGIN of auditd 3.0.9 and an audisp-syslog forward, against a bare split on spaces.
 */
@OperationsPerInvocation(7)
public class AuditdParserBenchmark extends ParserMixBenchmark {
    static final String[] MIX = {
        "type=SYSCALL msg=audit(1604994496.155:92733): arch=c000003e syscall=59 success=yes exit=0 a0=558e251634a0 a1=558e25162a50 a2=558e25160800 a3=8 items=2 ppid=29002 pid=1631 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=104 comm=\"arp\" exe=\"/usr/sbin/arp\" key=(null)",
        "type=EXECVE msg=audit(1604994496.155:92733): argc=2 a0=\"arp\" a1=\"-a\"",
        "type=CWD msg=audit(1604994496.155:92733): cwd=\"/home/wardog\"",
        "type=PATH msg=audit(1604994496.155:92733): item=0 name=\"/usr/sbin/arp\" inode=13181 dev=08:01 mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0",
        "type=PROCTITLE msg=audit(1604994496.155:92733): proctitle=617270002D61",
        "type=USER_LOGIN msg=audit(1795994809.019:94): pid=10532 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct=\"alice\" exe=\"/usr/sbin/sshd\" hostname=? addr=127.0.0.1 terminal=sshd res=failed'\u001dUID=\"root\" AUID=\"unset\"",
        "2026-11-29T23:26:47.151000+00:00 vm audisp-syslog: type=USER_CMD msg=audit(1795994807.143:61): pid=10526 uid=1001 auid=1001 ses=6 msg='cwd=\"/home/alice\" cmd=2F7573722F62696E2F6964 exe=\"/usr/bin/sudo\" terminal=? res=success' UID=\"alice\" AUID=\"alice\"",
    };

    @Override
    protected LogParser newParser() {
        return AuditdParserAccess.utc();
    }

    @Override
    protected String[] mix() {
        return MIX;
    }
}
