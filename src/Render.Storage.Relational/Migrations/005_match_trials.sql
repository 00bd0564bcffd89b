-- Match trials (render's aaa_match_trial collection): one JSON document per trial, keyed by its
-- owner and id. Trials are read and deleted one at a time and listed per owner, all by the key.
CREATE TABLE match_trial (
    owner    {id} NOT NULL,
    trial_id {id} NOT NULL,
    trial    {text} NOT NULL,
    PRIMARY KEY (owner, trial_id)
);
