package com.physiopractice.records.episode;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see an episode: its patient, and its treating therapists (the one it is under, and any
 * who wrote a note in it). Anyone else is told it does not exist, so ids reveal nothing.
 */
@Component
public class EpisodeAccess {

    private final Episodes episodes;
    private final ClinicalNotes notes;

    EpisodeAccess(Episodes episodes, ClinicalNotes notes) {
        this.episodes = episodes;
        this.notes = notes;
    }

    /** The episode, when the caller is its patient or a treating therapist. */
    public Episode readable(Caller caller, EpisodeId id) {
        Episode episode = episodes.findById(id.value()).orElseThrow(EpisodeAccess::missing);
        if (!mayRead(caller, episode)) {
            throw missing();
        }
        return episode;
    }

    /** The episode, when the caller is one of its treating therapists. */
    public Episode treatedBy(Caller caller, EpisodeId id) {
        Episode episode = readable(caller, id);
        if (!caller.isTherapist()) {
            throw missing();
        }
        return episode;
    }

    public boolean mayRead(Caller caller, Episode episode) {
        if (caller.isPatient()) {
            return episode.isOf(caller.requirePatient());
        }
        return caller.isTherapist() && (episode.therapist().equals(caller.requireTherapist())
                || notes.existsByEpisodeAndAuthor(episode.id().value(), caller.requireTherapist().value()));
    }

    static NotFoundException missing() {
        return new NotFoundException("The episode of care");
    }
}
