import { redactClasses } from './redaction/classes';
import { redactContacts } from './redaction/contact';
import { redactNames } from './redaction/names';
import { redactNumbers } from './redaction/numbers';

/**
 * Removes what could identify a child from free text before it is stored, replacing each part
 * with a bracketed word so readers see something was taken out. The rules, in the order applied:
 * - [email]: addresses, also spelled out ("jamie dot smith at gmail dot com"); [link]: links,
 *   also "site dot com"; [handle]: "@name", "my snap is jamie_s11", "username is …".
 * - [phone]: UK and international numbers; [number]: NHS numbers ("943 476 5919", or ten digits
 *   after "NHS") and any other number of eight digits or more; [date]: a date said to be a birthday
 *   or date of birth ("DOB 12/03/2013", "born on 12 March 2013", "my birthday is 12/03"), or a
 *   full date in the years pupils were born. Digits may be 0–9, Arabic-Indic, Urdu or Bengali.
 * - [postcode], [address]: postcodes, "I live in M14", "12 Acacia Road", "Moss Lane", "flat 3".
 * - [class]: "8B", "in 9c", "class 10KJ", "in 7 Red"; a year group alone ("Year 9") stays.
 * - [name], one marker for a whole name ("Jamie Smith" → [name]): a first name from the lists in
 *   any case ("jamie"); the surnames after it, capitalised or a known surname ("jamie smith");
 *   a title and what follows ("Ms Khan", "miss jones", "Pani Kowalska"); any capitalised word
 *   after "my name is", "my friend", "a girl called", "me and" (also in Urdu, Arabic, Bengali,
 *   Polish and Somali), before "is bullying me", "hit me", "is mean to me", or in a list beside
 *   another name. Names that are also words (Will, May, Grace, Hope, Summer, Rose, Jack, Art…)
 *   are names only in such context, or capitalised mid-sentence for the most personal of them
 *   ("I sat with Grace"), never at the start of a sentence on their own ("Grace before lunch").
 * - Unknown capitalised words with no such context stay (places, clubs, "Manchester Youth
 *   Service"): staff text for pupils is checked with these same rules and must pass.
 * Over-redacting a word in a pupil's comment is a far smaller harm than missing a name.
 */
export function redact(text: string): string {
  return redactNames(redactClasses(redactNumbers(redactContacts(text))));
}
