package org.cishan.identity.token;

/** The outcome of a rotation: the key that signs from now on and the one it replaced (or null). */
public record KeyRotation(String activeKid, String retiredKid) {}
