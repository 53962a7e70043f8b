package fr.proxima.planning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, String> {

    Optional<FeedToken> findByTokenHash(String tokenHash);
}
