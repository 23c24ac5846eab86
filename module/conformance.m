# $Conformance: a builtin module that exercises every part of the bridge.
# Each function round-trips one kind of Limbo value, raises, blocks with
# release(), or breaks one rule that real Inferno punishes.
Conformance: module
{
	PATH:	con "$Conformance";

	Rec: adt {
		id:	int;
		name:	string;
		score:	real;
		tags:	list of string;
		data:	array of byte;
	};

	# round trips
	add:	fn(a, b: int): int;
	neg:	fn(a: int): int;
	big2:	fn(a: big): big;
	bytes:	fn(b: byte): byte;
	half:	fn(x: real): real;
	echo:	fn(s: string): string;
	nchars:	fn(s: string): int;
	isnil:	fn(s: string): int;
	abytes:	fn(a: array of byte): array of byte;
	aints:	fn(a: array of int): array of int;
	abigs:	fn(a: array of big): array of big;
	areals:	fn(a: array of real): array of real;
	astrs:	fn(a: array of string): array of string;
	lints:	fn(l: list of int): list of int;
	lstrs:	fn(l: list of string): list of string;
	pair:	fn(a: int, s: string): (int, string);
	nest:	fn(t: (int, (string, real))): (int, (string, real));
	rec:	fn(r: ref Rec): ref Rec;
	mkrec:	fn(id: int, name: string): ref Rec;
	sum:	fn(a: int, b: big, c: byte, d: real, e: string): string;
	realf:	fn(x: real, prec: int): string;	# snprint %.*f
	scale:	fn(x, by: real): real;	# x*by with FP traps masked (getfcr/setfcr), as host code needs
	fcr:	fn(): int;	# getfcr() as the builtin finds it
	none:	fn();

	# exceptions and blocking
	fail:	fn(msg: string): int;
	kerr:	fn(msg: string): int;	# kwerrstr(msg), then -1: what %r prints next
	geterr:	fn(): string;	# kgerrstr: the caller's error string
	nap:	fn(ms: int): int;
	busy:	fn(ms: int): int;

	# deliberately faulty: each one a porting check must catch
	overrun:	fn(a: int): int;
	clobber:	fn(s: string): string;
	leak:	fn(n: int): int;
	lerr:	fn(msg: string): int;	# werrstr(msg), then -1: Limbo never sees msg
	lockscale:	fn(x, by: real): real;	# x*by under a QLock, traps on: a trap leaves it locked on emu
	threadscale:	fn(x, by: real): real;	# x*by on a thread it starts, which inherits the traps
	deep:	fn(kb: int): int;	# uses kb KB of stack: more than emu's kprocs have, past 32
};
