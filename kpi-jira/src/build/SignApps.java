import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.security.interfaces.EdECPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Build step of kpi-jira, run with the JDK's source launcher after both app jars are final: writes what UPM 8
 * (Jira 11) needs to install an app that does not come from the Marketplace. For each jar, {@code <jar>.sig}:
 * the Ed25519 signature of the jar's bytes, Base64 encoded; and once, the signer's X.509 certificate in PEM,
 * for the administrator to put in UPM's trust store (docs/jira-install.md gives the sources).
 *
 * <p>Options (system properties): {@code saleskpi.signing.keystore} (PKCS12), {@code .alias},
 * {@code .certificate} (where the PEM goes) and {@code .generate}: when true and the key store does not exist,
 * a throwaway development key is made with the JDK's keytool first. The store password comes from the
 * environment variable {@code SALESKPI_SIGNING_STOREPASS}, else {@code saleskpi.signing.storepass} (only the
 * development default belongs there). Arguments: the jars to sign.
 */
public final class SignApps {
    public static void main(String[] args) throws Exception {
        Path keystore = Path.of(required("saleskpi.signing.keystore"));
        String alias = required("saleskpi.signing.alias");
        Path certificateFile = Path.of(required("saleskpi.signing.certificate"));
        String fromEnvironment = System.getenv("SALESKPI_SIGNING_STOREPASS");
        char[] password = (fromEnvironment != null ? fromEnvironment : required("saleskpi.signing.storepass")).toCharArray();
        if (!Files.exists(keystore)) {
            if (!Boolean.getBoolean("saleskpi.signing.generate")) {
                throw new IllegalStateException("no key store at " + keystore);
            }
            generateDevelopmentKey(keystore, alias, password);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate certificate = store.getCertificate(alias);
        if (key == null || !(certificate instanceof X509Certificate x509)) {
            throw new IllegalStateException(keystore + " holds no key and X.509 certificate under the alias " + alias);
        }
        try {
            x509.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new IllegalStateException("the certificate in " + keystore + " has expired; a development key is made"
                    + " again once that file is deleted (mvn clean)", e);
        }
        // Atlassian's products require an Ed25519 (EdDSA) key for app signatures.
        if (!(key instanceof EdECPrivateKey edKey) || !edKey.getParams().getName().equals("Ed25519")) {
            throw new IllegalStateException(alias + " is a " + key.getAlgorithm() + " key; UPM needs Ed25519");
        }
        Files.createDirectories(certificateFile.toAbsolutePath().getParent());
        Files.writeString(certificateFile, pem(certificate), StandardCharsets.US_ASCII);
        for (String jar : args) {
            Path file = Path.of(jar);
            Path signatureFile = file.resolveSibling(file.getFileName() + ".sig");
            Files.writeString(signatureFile, sign(key, Files.readAllBytes(file)) + "\n", StandardCharsets.US_ASCII);
            System.out.println("[SignApps] " + signatureFile.getFileName() + " (certificate " + certificateFile + ")");
        }
    }

    /** The Base64 text of the Ed25519 signature over all of {@code bytes}, as UPM checks a jar file. */
    static String sign(PrivateKey key, byte[] bytes) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(bytes);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    static String pem(Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /** A fresh Ed25519 key and self-signed certificate, valid 30 days, made by keytool: trusted by no one. */
    static void generateDevelopmentKey(Path keystore, String alias, char[] password) throws IOException, InterruptedException {
        Files.createDirectories(keystore.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keyalg", "Ed25519", "-alias", alias, "-validity", "30", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass:env", "SALESKPI_DEV_STOREPASS",
                "-dname", "CN=Sales KPI for Jira development build (not for production), O=Sales KPI for Jira"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("SALESKPI_DEV_STOREPASS", new String(password));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("keytool -genkeypair failed with exit code " + exit);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + property + " is required");
        }
        return value;
    }
}
