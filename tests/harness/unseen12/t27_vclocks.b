implement VClocks;

include "sys.m";
	sys: Sys;
include "draw.m";

VClocks: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

NP: con 3;

Wire: adt {
	label:	string;
	lamport:	int;
	vc:	array of int;
};

Cmd: adt {
	pick {
	Local =>
		label:	string;
	Send =>
		dst:	int;
		label:	string;
	Recv =>
		label:	string;
	}
};

Stamp: adt {
	label:	string;
	proc:	int;
	lamport:	int;
	vc:	array of int;
	text:	fn(s: self ref Stamp): string;
};

Stamp.text(s: self ref Stamp): string
{
	v := "";
	for(i := 0; i < len s.vc; i++){
		if(i > 0)
			v += ",";
		v += string s.vc[i];
	}
	return sys->sprint("%-3s P%d  L=%-2d V=[%s]", s.label, s.proc, s.lamport, v);
}

inboxes: array of chan of ref Wire;

proc(id: int, cmds: chan of ref Cmd, stamps: chan of ref Stamp)
{
	lam := 0;
	vc := array[NP] of {* => 0};
	while((c := <-cmds) != nil){
		label: string;
		pick m := c {
		Local =>
			lam++;
			vc[id]++;
			label = m.label;
		Send =>
			lam++;
			vc[id]++;
			w := ref Wire(m.label, lam, array[NP] of int);
			w.vc[0:] = vc;
			inboxes[m.dst] <-= w;
			label = m.label;
		Recv =>
			w := <-inboxes[id];
			if(w.lamport > lam)
				lam = w.lamport;
			lam++;
			for(i := 0; i < NP; i++)
				if(w.vc[i] > vc[i])
					vc[i] = w.vc[i];
			vc[id]++;
			label = m.label + "<" + w.label;
		}
		s := ref Stamp(label, id, lam, array[NP] of int);
		s.vc[0:] = vc;
		stamps <-= s;
	}
}

before(a, b: ref Stamp): int
{
	strict := 0;
	for(i := 0; i < NP; i++){
		if(a.vc[i] > b.vc[i])
			return 0;
		if(a.vc[i] < b.vc[i])
			strict = 1;
	}
	return strict;
}

relation(a, b: ref Stamp): string
{
	if(before(a, b))
		return "->";
	if(before(b, a))
		return "<-";
	return "||";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inboxes = array[NP] of chan of ref Wire;
	cmds := array[NP] of chan of ref Cmd;
	stamps := chan of ref Stamp;
	for(i := 0; i < NP; i++){
		inboxes[i] = chan[4] of ref Wire;
		cmds[i] = chan of ref Cmd;
		spawn proc(i, cmds[i], stamps);
	}
	script := array[] of {
		(0, ref Cmd.Local("a")),
		(0, ref Cmd.Send(1, "b")),
		(2, ref Cmd.Local("c")),
		(1, ref Cmd.Recv("d")),
		(1, ref Cmd.Send(2, "e")),
		(2, ref Cmd.Send(0, "f")),
		(0, ref Cmd.Local("g")),
		(2, ref Cmd.Recv("h")),
		(0, ref Cmd.Recv("i")),
		(1, ref Cmd.Local("j")),
		(2, ref Cmd.Send(1, "k")),
		(1, ref Cmd.Recv("l")),
	};
	all := array[len script] of ref Stamp;
	for(k := 0; k < len script; k++){
		(p, c) := script[k];
		cmds[p] <-= c;
		all[k] = <-stamps;
		sys->print("%s\n", all[k].text());
	}
	for(i = 0; i < NP; i++)
		cmds[i] <-= nil;

	pairs := array[] of {(0, 2), (1, 3), (2, 7), (6, 3), (0, 11), (9, 10), (5, 8), (6, 9)};
	for(k = 0; k < len pairs; k++){
		(x, y) := pairs[k];
		a := all[x];
		b := all[y];
		lam := "";
		if(a.lamport < b.lamport && !before(a, b))
			lam = "   (Lamport order alone would suggest ->)";
		sys->print("%s %s %s%s\n", a.label, relation(a, b), b.label, lam);
	}
	conc := 0;
	for(x := 0; x < len all; x++)
		for(y := x+1; y < len all; y++)
			if(relation(all[x], all[y]) == "||")
				conc++;
	sys->print("%d of %d event pairs are concurrent\n", conc, len all * (len all - 1) / 2);
}
