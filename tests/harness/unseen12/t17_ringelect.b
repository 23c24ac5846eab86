implement RingElect;

include "sys.m";
	sys: Sys;
include "draw.m";

RingElect: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Msg: adt {
	pick {
	Elect =>
		uid:	int;
	Elected =>
		uid:	int;
		hops:	int;
	Token =>
		lap:	int;
		trail:	string;
	Quit =>
	}
};

Report: adt {
	pos:	int;
	uid:	int;
	forwarded:	int;
	swallowed:	int;
	leader:	int;
};

N: con 7;
uids := array[N] of {31, 4, 59, 26, 53, 58, 9};

node(pos: int, uid: int, in, out: chan of ref Msg, main: chan of ref Msg, reports: chan of ref Report)
{
	r := ref Report(pos, uid, 0, 0, -1);
	quitting := 0;
	out <-= ref Msg.Elect(uid);
	r.forwarded++;
	for(;;) pick m := <-in {
	Elect =>
		if(m.uid > uid){
			out <-= m;
			r.forwarded++;
		}else if(m.uid < uid)
			r.swallowed++;
		else{
			# my own id came all the way round: I lead
			r.leader = uid;
			out <-= ref Msg.Elected(uid, 1);
		}
	Elected =>
		if(m.uid == uid){
			reports <-= r;
			main <-= m;
		}else{
			r.leader = m.uid;
			out <-= ref Msg.Elected(m.uid, m.hops+1);
			reports <-= r;
		}
	Token =>
		m.trail += sys->sprint(" %d", uid);
		if(r.leader == uid){
			if(m.lap == 3){
				main <-= m;
				continue;
			}
			m.lap++;
		}
		out <-= m;
	Quit =>
		if(r.leader != uid){
			out <-= m;
			return;
		}
		if(quitting){
			main <-= m;	# it came back: everyone else has gone
			return;
		}
		quitting = 1;
		out <-= m;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	links := array[N] of chan of ref Msg;
	for(i := 0; i < N; i++)
		links[i] = chan[N] of ref Msg;	# room for every node's opening message
	main := chan of ref Msg;
	reports := chan[N] of ref Report;
	for(i = 0; i < N; i++)
		spawn node(i, uids[i], links[i], links[(i+1) % N], main, reports);

	leader := -1;
	pick m := <-main {
	Elected =>
		leader = m.uid;
		sys->print("elected %d, announcement travelled %d hops\n", m.uid, m.hops);
	* =>
		raise "fail:unexpected message";
	}
	byPos := array[N] of ref Report;
	for(i = 0; i < N; i++){
		r := <-reports;
		byPos[r.pos] = r;
	}
	total := 0;
	lpos := -1;
	for(i = 0; i < N; i++){
		r := byPos[i];
		sys->print("node %d uid %2d: forwarded %d, swallowed %d, knows leader %d\n",
			r.pos, r.uid, r.forwarded, r.swallowed, r.leader);
		total += r.forwarded;
		if(r.uid == leader)
			lpos = i;
	}
	sys->print("election messages: %d\n", total);

	# the leader starts a token that goes round three more times
	links[lpos] <-= ref Msg.Token(0, "");
	pick m := <-main {
	Token =>
		(n, visits) := sys->tokenize(m.trail, " ");
		sys->print("token made %d visits, first lap:", n);
		for(i = 0; i < N; i++){
			sys->print(" %s", hd visits);
			visits = tl visits;
		}
		sys->print("\n");
	}
	links[lpos] <-= ref Msg.Quit;
	<-main;
	sys->print("ring shut down\n");
}
