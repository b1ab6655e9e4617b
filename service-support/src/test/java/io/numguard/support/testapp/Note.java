package io.numguard.support.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

@Entity
public class Note {
    @Id
    public UUID id;
    public String text;
}
