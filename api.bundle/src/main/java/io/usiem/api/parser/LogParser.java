package io.usiem.api.parser;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Parses one source's log format into normalized events. Register an implementation as an OSGi
 * service; the kernel tracks every parser, routes lines whose source type a parser declares to it, and
 * tries parsers in turn for lines of unknown type, remembering per origin which parser worked.
 *
 * <p>Implementations are thread-safe and stateless per line, and must not throw: malformed input is a
 * {@link ParseResult#formatError(String)}. (The kernel still guards against exceptions: the line is
 * then stored raw and the parser's error counter rises.)
 */
@ConsumerType
public interface LogParser {
    /** @return what this parser handles; constant for the life of the service */
    ParserMetadata metadata();

    /**
     * @param raw the received line
     * @return the outcome, never null
     */
    ParseResult parse(RawLog raw);
}
