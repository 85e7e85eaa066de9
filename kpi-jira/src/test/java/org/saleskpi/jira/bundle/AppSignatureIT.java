package org.saleskpi.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.EdECPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the build writes for UPM 8's app signature check (src/build/SignApps.java, docs/jira-install.md),
 * checked with the JDK alone: each jar's {@code .sig} is the Base64 Ed25519 signature of the jar's bytes under
 * the key of the PEM certificate an administrator puts in UPM's trust store, and nothing else verifies.
 */
class AppSignatureIT {
    private static final String JIRA11 = "saleskpi.bundle";
    private static final String JIRA10 = "saleskpi.bundle.jira10";

    static Stream<String> jars() {
        return Stream.of(JIRA11, JIRA10);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void signatureFileVerifiesTheJarUnderTheCertificate(String property) throws Exception {
        Path jar = file(property);
        byte[] bytes = Files.readAllBytes(jar);

        assertThat(verifies(certificate(), bytes, signature(jar))).as(jar.getFileName() + ".sig").isTrue();
    }

    @ParameterizedTest
    @MethodSource("jars")
    void aJarChangedByOneByteNoLongerVerifies(String property) throws Exception {
        Path jar = file(property);
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 1;

        assertThat(verifies(certificate(), bytes, signature(jar))).isFalse();
    }

    @Test
    void eachSignatureBelongsToItsOwnJar() throws Exception {
        byte[] jira11 = Files.readAllBytes(file(JIRA11));

        assertThat(verifies(certificate(), jira11, signature(file(JIRA10)))).isFalse();
    }

    /** Atlassian's products take Ed25519 signatures; UPM reads the certificate from its trust store folder. */
    @Test
    void certificateIsAnEd25519X509CertificateValidNow() throws Exception {
        X509Certificate certificate = certificate();

        assertThat(certificate.getPublicKey()).isInstanceOf(EdECPublicKey.class);
        assertThat(((EdECPublicKey) certificate.getPublicKey()).getParams().getName()).isEqualTo("Ed25519");
        certificate.checkValidity();
        assertThat(Files.readString(certificateFile(), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
    }

    /** The JDK's keytool reads the PEM file as the certificate the jars were signed with. */
    @Test
    void keytoolReadsTheCertificateFile() throws Exception {
        String printed = run(List.of(tool("keytool"), "-printcert", "-file", certificateFile().toString()));

        assertThat(printed).contains("Ed25519").contains(certificate().getSubjectX500Principal().getName().split(",")[0]);
    }

    /** A company's key store with an EC (not Ed25519) key is refused: UPM would reject what it signs. */
    @Test
    void signingStepRefusesAKeyThatIsNotEd25519() throws Exception {
        Path work = Files.createDirectories(file(JIRA11).getParent().resolve("signing-check"));
        Path store = work.resolve("ec.p12");
        Files.deleteIfExists(store);
        run(List.of(tool("keytool"), "-genkeypair", "-keyalg", "EC", "-alias", "company",
                "-validity", "1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "check-only",
                "-dname", "CN=EC check"));
        Path copy = work.resolve("app.jar");
        Files.copy(file(JIRA11), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Process signing = new ProcessBuilder(tool("java"), "-Dsaleskpi.signing.keystore=" + store,
                "-Dsaleskpi.signing.alias=company", "-Dsaleskpi.signing.storepass=check-only",
                "-Dsaleskpi.signing.generate=false", "-Dsaleskpi.signing.certificate=" + work.resolve("company.crt"),
                Path.of("src/build/SignApps.java").toAbsolutePath().toString(), copy.toString())
                .redirectErrorStream(true).start();
        String output = new String(signing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(signing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(signing.exitValue()).as(output).isNotZero();
        assertThat(output).contains("UPM needs Ed25519");
        assertThat(work.resolve("app.jar.sig")).doesNotExist();
    }

    private static boolean verifies(X509Certificate certificate, byte[] bytes, byte[] signature) throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(certificate.getPublicKey());
        ed25519.update(bytes);
        return ed25519.verify(signature);
    }

    private static byte[] signature(Path jar) throws IOException {
        Path signature = jar.resolveSibling(jar.getFileName() + ".sig");
        assertThat(signature).exists();
        return Base64.getDecoder().decode(Files.readString(signature, StandardCharsets.US_ASCII).trim());
    }

    private static X509Certificate certificate() throws Exception {
        byte[] pem = Files.readAllBytes(certificateFile());
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }

    private static Path certificateFile() {
        return file("saleskpi.signing.certificate");
    }

    private static Path file(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException(property + " names no built file (" + path + "): run through mvn verify");
        }
        return Path.of(path);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
