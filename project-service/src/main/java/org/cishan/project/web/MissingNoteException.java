package org.cishan.project.web;

/** A step that needs words (evidence, a reason, a document reference) came without a note. */
class MissingNoteException extends RuntimeException {

  MissingNoteException(String what) {
    super("note must give the " + what);
  }
}
