package io.usiem.enricher.directoryusers.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;

/**
 * Looks users up in LDAP or Active Directory over a small connection pool (UnboundID LDAP SDK). Reads
 * the full name, mail, group DNs (shown by their first RDN value), department, manager (by name) and
 * whether the account is disabled (AD {@code userAccountControl} bit 2, {@code nsAccountLock},
 * {@code loginDisabled}).
 */
final class LdapDirectory implements AutoCloseable {
    private final LDAPConnectionPool pool;
    private final String baseDn;
    private final String filterTemplate;
    private final String fullNameAttr;
    private final String groupsAttr;
    private final int timeoutMs;

    LdapDirectory(String url, String bindDn, String bindPassword, String baseDn, String filterTemplate, String fullNameAttr,
            String groupsAttr, int timeoutMs) throws LDAPException {
        LDAPURL u = new LDAPURL(url);
        LDAPConnectionOptions o = new LDAPConnectionOptions();
        o.setConnectTimeoutMillis(timeoutMs);
        o.setResponseTimeoutMillis(timeoutMs);
        SingleServerSet servers;
        if ("ldaps".equalsIgnoreCase(u.getScheme())) {
            try {
                // the JVM's trust store (cacerts or javax.net.ssl.trustStore)
                String store = System.getProperty("javax.net.ssl.trustStore",
                        System.getProperty("java.home") + "/lib/security/cacerts");
                SSLUtil ssl = new SSLUtil(new TrustStoreTrustManager(store));
                servers = new SingleServerSet(u.getHost(), u.getPort(), ssl.createSSLSocketFactory(), o);
            } catch (java.security.GeneralSecurityException e) {
                throw new LDAPException(com.unboundid.ldap.sdk.ResultCode.LOCAL_ERROR, "TLS setup failed: " + e.getMessage(), e);
            }
        } else {
            servers = new SingleServerSet(u.getHost(), u.getPort(), o);
        }
        SimpleBindRequest bind = bindDn.isBlank() ? new SimpleBindRequest() : new SimpleBindRequest(bindDn, bindPassword);
        this.pool = new LDAPConnectionPool(servers, bind, 1, 2);
        this.baseDn = baseDn;
        this.filterTemplate = filterTemplate;
        this.fullNameAttr = fullNameAttr;
        this.groupsAttr = groupsAttr;
        this.timeoutMs = timeoutMs;
    }

    /** @return the user, or null when the directory has no such user */
    @Nullable UserInfo find(String user) throws LDAPException {
        Filter f = Filter.create(filterTemplate.replace("{0}", Filter.encodeValue(user)));
        SearchRequest req = new SearchRequest(baseDn, SearchScope.SUB, f, fullNameAttr, "cn", "mail", groupsAttr, "department",
                "manager", "userAccountControl", "nsAccountLock", "loginDisabled");
        req.setSizeLimit(2);
        req.setTimeLimitSeconds(Math.max(1, timeoutMs / 1000));
        SearchResult r = pool.search(req);
        if (r.getEntryCount() == 0) {
            return null;
        }
        SearchResultEntry e = r.getSearchEntries().get(0);
        String full = e.getAttributeValue(fullNameAttr);
        if (full == null) {
            full = e.getAttributeValue("cn");
        }
        List<String> groups = new ArrayList<>();
        String[] g = e.getAttributeValues(groupsAttr);
        if (g != null) {
            for (String dn : g) {
                groups.add(firstRdnValue(dn));
            }
        }
        String manager = e.getAttributeValue("manager");
        Long uac = e.getAttributeValueAsLong("userAccountControl");
        boolean disabled = uac != null && (uac & 2) != 0 || "true".equalsIgnoreCase(e.getAttributeValue("nsAccountLock"))
                || "true".equalsIgnoreCase(e.getAttributeValue("loginDisabled"));
        return new UserInfo(e.getDN(), full, e.getAttributeValue("mail"), List.copyOf(groups), e.getAttributeValue("department"),
                manager == null ? null : firstRdnValue(manager), disabled);
    }

    static String firstRdnValue(String dn) {
        try {
            String[] v = new DN(dn).getRDN().getAttributeValues();
            return v.length > 0 ? v[0] : dn;
        } catch (LDAPException | RuntimeException e) {
            return dn;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
