implement PubSub;

include "sys.m";
	sys: Sys;
include "draw.m";

PubSub: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Msg: adt {
	topic:	string;
	body:	string;
	seq:	int;
};

Op: adt {
	ack:	chan of int;
	pick {
	Sub =>
		topic:	string;
		inbox:	chan of ref Msg;
	Unsub =>
		topic:	string;
		inbox:	chan of ref Msg;
	Pub =>
		m:	ref Msg;
	Stop =>
	}
};

Subscription: adt {
	topic:	string;
	inbox:	chan of ref Msg;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bus := chan of ref Op;
	spawn broker(bus);
	ack := chan of int;

	names := array[] of {"logger", "alarm", "stats"};
	inboxes := array[len names] of chan of ref Msg;
	reports := chan of (int, string);
	for(i := 0; i < len names; i++){
		inboxes[i] = chan[16] of ref Msg;
		spawn subscriber(i, inboxes[i], reports);
	}
	sub(bus, ack, "temp", inboxes[0]);
	sub(bus, ack, "door", inboxes[0]);
	sub(bus, ack, "door", inboxes[1]);
	sub(bus, ack, "temp", inboxes[2]);

	pub(bus, ack, "temp", "21C");
	pub(bus, ack, "door", "open");
	pub(bus, ack, "light", "on");
	pub(bus, ack, "temp", "23C");
	bus <-= ref Op.Unsub(ack, "temp", inboxes[0]);
	<-ack;
	sys->print("logger left temp\n");
	pub(bus, ack, "temp", "25C");
	pub(bus, ack, "door", "closed");
	sub(bus, ack, "light", inboxes[1]);
	pub(bus, ack, "light", "off");

	# tell each subscriber to report: a nil message ends it
	for(i = 0; i < len names; i++)
		inboxes[i] <-= nil;
	got := array[len names] of string;
	for(i = 0; i < len names; i++){
		(who, s) := <-reports;
		got[who] = s;
	}
	for(i = 0; i < len names; i++)
		sys->print("%-6s received:%s\n", names[i], got[i]);
	bus <-= ref Op.Stop(ack);
	sys->print("broker delivered %d messages\n", <-ack);
}

sub(bus: chan of ref Op, ack: chan of int, topic: string, inbox: chan of ref Msg)
{
	bus <-= ref Op.Sub(ack, topic, inbox);
	<-ack;
}

seqno := 0;

pub(bus: chan of ref Op, ack: chan of int, topic, body: string)
{
	bus <-= ref Op.Pub(ack, ref Msg(topic, body, ++seqno));
	n := <-ack;
	sys->print("publish %s=%s reached %d subscriber(s)\n", topic, body, n);
}

broker(bus: chan of ref Op)
{
	subs: list of Subscription;
	delivered := 0;
	for(;;){
		op := <-bus;
		pick o := op {
		Sub =>
			subs = Subscription(o.topic, o.inbox) :: subs;
			o.ack <-= 1;
		Unsub =>
			keep: list of Subscription;
			for(l := subs; l != nil; l = tl l){
				s := hd l;
				if(s.topic != o.topic || s.inbox != o.inbox)
					keep = s :: keep;
			}
			subs = keep;
			o.ack <-= 1;
		Pub =>
			n := 0;
			for(l := subs; l != nil; l = tl l)
				if((hd l).topic == o.m.topic){
					(hd l).inbox <-= o.m;
					n++;
				}
			delivered += n;
			o.ack <-= n;
		Stop =>
			o.ack <-= delivered;
			return;
		}
	}
}

subscriber(id: int, inbox: chan of ref Msg, reports: chan of (int, string))
{
	# keep messages sorted by their publish sequence number
	msgs: list of ref Msg;
	while((m := <-inbox) != nil)
		msgs = insert(m, msgs);
	s := "";
	for(; msgs != nil; msgs = tl msgs)
		s += sys->sprint(" #%d %s=%s", (hd msgs).seq, (hd msgs).topic, (hd msgs).body);
	reports <-= (id, s);
}

insert(m: ref Msg, l: list of ref Msg): list of ref Msg
{
	if(l == nil || m.seq < (hd l).seq)
		return m :: l;
	return hd l :: insert(m, tl l);
}
