package com.physiopractice.people.therapist;

import com.physiopractice.people.NewTherapist;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TherapistService implements TherapistDirectory {

    private final Therapists therapists;
    private final Clock clock;

    TherapistService(Therapists therapists, Clock clock) {
        this.therapists = therapists;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TherapistProfile add(NewTherapist therapist) {
        return therapists.save(Therapist.join(TherapistId.random(), therapist.fullName(), therapist.title(),
                therapist.timeZone())).profile();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TherapistProfile> find(TherapistId id) {
        return therapists.find(id).map(Therapist::profile);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TherapistProfile> active() {
        return therapists.findByActiveTrueOrderByFullName().stream().map(Therapist::profile).toList();
    }

    @Override
    @Transactional
    public TherapistProfile moveTo(TherapistId id, ZoneId timeZone) {
        Therapist therapist = therapists.find(id).orElseThrow(() -> new NotFoundException("The therapist"));
        therapist.moveTo(timeZone, clock.instant());
        // Saved even when unchanged: publishing the aggregate's events is what saving does.
        return therapists.save(therapist).profile();
    }

    @Override
    @Transactional
    public TherapistProfile stopTakingPatients(TherapistId id) {
        Therapist therapist = therapists.find(id).orElseThrow(() -> new NotFoundException("The therapist"));
        therapist.leave(clock.instant());
        return therapists.save(therapist).profile();
    }
}
