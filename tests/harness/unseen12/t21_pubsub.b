implement PubSub;

include "sys.m";
	sys: Sys;
include "draw.m";

PubSub: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Note: adt {
	topic:	string;
	body:	string;
	seq:	int;
};

Op: adt {
	pick {
	Sub =>
		who:	string;
		pattern:	string;
		box:	chan of ref Note;
	Unsub =>
		who:	string;
	Pub =>
		n:	ref Note;
		ack:	chan of int;
	Stop =>
		done:	chan of int;
	}
};

Subscription: adt {
	who:	string;
	pattern:	string;
	box:	chan of ref Note;
};

matches(pattern, topic: string): int
{
	if(len pattern > 0 && pattern[len pattern-1] == '*'){
		p := pattern[0:len pattern-1];
		return len topic >= len p && topic[0:len p] == p;
	}
	return pattern == topic;
}

broker(ops: chan of ref Op)
{
	subs: list of ref Subscription;	# newest first
	retained: list of ref Note;	# last note per topic
	seq := 0;
	for(;;) pick op := <-ops {
	Sub =>
		s := ref Subscription(op.who, op.pattern, op.box);
		subs = s :: subs;
		for(r := retained; r != nil; r = tl r)
			if(matches(s.pattern, (hd r).topic))
				s.box <-= ref Note((hd r).topic, (hd r).body + " (retained)", (hd r).seq);
	Unsub =>
		keep: list of ref Subscription;
		for(l := subs; l != nil; l = tl l)
			if((hd l).who == op.who)
				(hd l).box <-= nil;
			else
				keep = hd l :: keep;
		for(subs = nil; keep != nil; keep = tl keep)
			subs = hd keep :: subs;
	Pub =>
		op.n.seq = ++seq;
		nr: list of ref Note;
		for(r := retained; r != nil; r = tl r)
			if((hd r).topic != op.n.topic)
				nr = hd r :: nr;
		retained = op.n :: nr;
		delivered := 0;
		for(l := subs; l != nil; l = tl l)
			if(matches((hd l).pattern, op.n.topic)){
				(hd l).box <-= op.n;
				delivered++;
			}
		op.ack <-= delivered;
	Stop =>
		for(l := subs; l != nil; l = tl l)
			(hd l).box <-= nil;
		op.done <-= len subs;
		return;
	}
}

subscriber(box: chan of ref Note, logc: chan of list of string)
{
	log: list of string;
	while((n := <-box) != nil)
		log = sys->sprint("#%d %s: %s", n.seq, n.topic, n.body) :: log;
	# reverse into arrival order
	out: list of string;
	for(; log != nil; log = tl log)
		out = hd log :: out;
	logc <-= out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := chan of ref Op;
	spawn broker(ops);
	ack := chan of int;

	who := array[] of {"dash", "thermo", "audit"};
	pats := array[] of {"sensor/*", "sensor/temp", "*"};
	logs := array[len who] of chan of list of string;
	boxes := array[len who] of chan of ref Note;
	for(i := 0; i < len who; i++){
		logs[i] = chan of list of string;
		boxes[i] = chan[4] of ref Note;
		spawn subscriber(boxes[i], logs[i]);
	}

	pub := array[] of {
		("sensor/temp", "21.5C"), ("sensor/door", "open"), ("alarm", "armed"),
		("sensor/temp", "22.0C"), ("sensor/door", "closed"), ("sensor/temp", "23.1C"),
		("alarm", "disarmed"), ("sensor/humid", "40%"),
	};
	step := 0;
	for(k := 0; k < len pub; k++){
		# subscribers join at different times; audit joins late and gets retained values
		if(k == 0){
			ops <-= ref Op.Sub(who[0], pats[0], boxes[0]);
			ops <-= ref Op.Sub(who[1], pats[1], boxes[1]);
		}
		if(k == 5)
			ops <-= ref Op.Sub(who[2], pats[2], boxes[2]);
		if(k == 6)
			ops <-= ref Op.Unsub("thermo");
		(t, b) := pub[k];
		ops <-= ref Op.Pub(ref Note(t, b, 0), ack);
		n := <-ack;
		sys->print("publish %-12s %-9s -> %d subscriber(s)\n", t, b, n);
		step++;
	}
	done := chan of int;
	ops <-= ref Op.Stop(done);
	sys->print("broker stopped with %d live subscriptions after %d publishes\n", <-done, step);
	for(i = 0; i < len who; i++){
		sys->print("%s (%s):\n", who[i], pats[i]);
		for(l := <-logs[i]; l != nil; l = tl l)
			sys->print("    %s\n", hd l);
	}
}
