package io.numguard.enforcement.decisionlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs and verifies {@link Checkpoint}s with an Ed25519 key pair (PKCS#8 private key, X.509 public key, both
 * base64). The public key is what a regulator pins to check a checkpoint without trusting the service's database.
 */
public final class CheckpointSigner {
    private static final String ALGORITHM = "Ed25519";
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String publicKeyBase64;

    private CheckpointSigner(PrivateKey privateKey, PublicKey publicKey, String publicKeyBase64) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyBase64 = publicKeyBase64;
    }

    /** The key pair from its base64 encodings; refused when they do not belong together. */
    public static CheckpointSigner of(String privateKeyPkcs8, String publicKeyX509) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey priv = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(privateKeyPkcs8.strip())));
            PublicKey pub = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(publicKeyX509.strip())));
            CheckpointSigner signer = new CheckpointSigner(priv, pub, publicKeyX509.strip());
            if (!signer.verifies(signer.sign(0, DecisionLog.GENESIS_HASH, Instant.EPOCH))) {
                throw new IllegalArgumentException("the checkpoint public key does not belong to the private key");
            }
            return signer;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid decision-log checkpoint key pair: " + e.getMessage(), e);
        }
    }

    public Checkpoint sign(long sequence, String headHash, Instant at) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(Checkpoint.signedText(sequence, headHash, at));
            return new Checkpoint(sequence, headHash, at, Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /** Whether the checkpoint carries this key's signature over its own content. */
    public boolean verifies(Checkpoint checkpoint) {
        if (checkpoint.signature() == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey);
            s.update(checkpoint.signedText());
            return s.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key, X.509 in base64, as a regulator downloads and pins it. */
    public String publicKey() {
        return publicKeyBase64;
    }
}
